/**
 * "Export Renewal Forecast…" from the menu or a shortcut, asked from any page: the renewals page
 * opens, and its forecast exports itself once it has loaded.
 */
let wanted = false;

export function requestForecastExport(): void {
  wanted = true;
}

/** True once per request: the forecast that sees it exports. */
export function takeForecastExport(): boolean {
  const was = wanted;
  wanted = false;
  return was;
}
