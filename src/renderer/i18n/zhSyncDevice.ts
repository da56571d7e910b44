/** 关于本设备同步状态的中文文案：时钟超前、新的同步标识（数据库被复制、换人登录）与重置同步状态。 */
import { SYNC_WORDS } from '../../shared/sync/syncWords';
import type { enSyncDevice } from './enSyncDevice';

const words = SYNC_WORDS['zh-CN'];

export const zhSyncDevice: Record<keyof typeof enSyncDevice, string> = {
  'sync.state.clock': '时钟有误',
  'sync.clock.title': '这台电脑的时钟有误',
  'sync.clock.ahead': words.clockAhead,
  'sync.clock.wrong': words.clockWrong,
  'sync.node.when': '时间：{when}',
  'sync.reset.title': '要换其他人在这台电脑上登录？',
  'sync.reset.explain':
    '在使用其他人的设备令牌同步之前，请先重置本设备的同步状态：本设备将作为新设备同步，并从头读取团队数据。尚未同步的更改会保留，并在下次同步时发送。',
  'sync.reset.button': '重置同步状态',
  'sync.reset.confirm': '要重置同步状态吗？本设备将获得新的同步标识；本机存储的数据不会被删除。',
  'sync.reset.failed': '无法重置同步状态',
};
