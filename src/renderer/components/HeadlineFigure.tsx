/**
 * The big number of a headline card: short enough for the card ("$323M", "¥3.2亿"), with the
 * exact figure on hover (`title`, read aloud too) so nothing is lost to the shortening.
 */
import { Text, type MantineSize } from '@mantine/core';
import classes from './HeadlineFigure.module.css';

export interface HeadlineFigureProps {
  /** What the card shows. */
  value: string;
  /** The exact figure, when `value` is shortened. */
  exact?: string;
  size?: MantineSize;
  'data-testid'?: string;
}

export function HeadlineFigure({ value, exact, size = 'md', ...rest }: HeadlineFigureProps) {
  return (
    <Text fw={700} size={size} className={classes.figure} title={exact ?? value} {...rest}>
      {value}
    </Text>
  );
}
