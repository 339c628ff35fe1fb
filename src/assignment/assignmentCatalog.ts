import { defineCatalog, type MessageCatalog } from '../explain';

/**
 * Messages for the trace codes of account assignment (`assignment.*`) in `en` and `zh-CN`.
 * Merge it with `coreCatalog` (`mergeCatalogs`) to render an assignment's or a handover's trace.
 *
 * @example
 * ```ts
 * assignmentCatalog.messages.get('assignment.owner.kept')?.['zh-CN'];
 * //=> '保留当前客户经理 {managerId}'
 * ```
 */
export const assignmentCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog({
  'assignment.territory': {
    en: 'in territory {territory}',
    'zh-CN': '属于区域 {territory}',
  },
  'assignment.owner.kept': {
    en: 'kept the current manager {managerId}',
    'zh-CN': '保留当前客户经理 {managerId}',
  },
  'assignment.owner.leaver': {
    en: 'the current manager {managerId} has left',
    'zh-CN': '当前客户经理 {managerId} 已离职',
  },
  'assignment.owner.not-started': {
    en: 'the current manager {managerId} has not started yet',
    'zh-CN': '当前客户经理 {managerId} 尚未入职',
  },
  'assignment.owner.unknown': {
    en: 'the current manager {managerId} is not among the managers',
    'zh-CN': '当前客户经理 {managerId} 不在客户经理名单中',
  },
  'assignment.owner.territory': {
    en: 'the current manager {managerId} does not serve territory {rule}',
    'zh-CN': '当前客户经理 {managerId} 不负责区域 {rule}',
  },
  'assignment.owner.rule': {
    en: 'the current manager {managerId} does not meet rule {rule}',
    'zh-CN': '当前客户经理 {managerId} 不满足规则 {rule}',
  },
  'assignment.owner.capacity': {
    en: 'the current manager {managerId} is at capacity',
    'zh-CN': '当前客户经理 {managerId} 已满负荷',
  },
  'assignment.owner.unless': {
    en: 'the stickiness exception applies to the current manager {managerId}',
    'zh-CN': '当前客户经理 {managerId} 触发了保留例外条件',
  },
  'assignment.owner.not-sticky': {
    en: 'the policy does not keep current managers ({managerId})',
    'zh-CN': '该政策不保留当前客户经理（{managerId}）',
  },
  'assignment.owner.rebalanced': {
    en: 'moved away from {managerId} to balance loads',
    'zh-CN': '为均衡负荷，从 {managerId} 调出',
  },
  'assignment.chosen.least-loaded': {
    en: 'assigned to {managerId}, the least loaded of {eligible} eligible managers (of {managers})',
    'zh-CN': '分配给 {managerId}：{eligible} 名合格客户经理（共 {managers} 名）中负荷最低者',
  },
  'assignment.chosen.round-robin': {
    en: 'assigned to {managerId}, next in turn of {eligible} eligible managers (of {managers})',
    'zh-CN': '分配给 {managerId}：{eligible} 名合格客户经理（共 {managers} 名）中按轮转的下一位',
  },
  'assignment.chosen.balanced': {
    en: 'assigned to {managerId} by the balanced plan (everyone placeable placed, loads within the tolerance, fewest moves; {eligible} eligible managers of {managers})',
    'zh-CN':
      '按均衡方案分配给 {managerId}（可分配客户全部分配、负荷在容差内、调动最少；{eligible} 名合格客户经理，共 {managers} 名）',
  },
  'assignment.chosen.rebalanced': {
    en: 'moved to {managerId} to balance loads ({eligible} eligible managers of {managers})',
    'zh-CN': '为均衡负荷调至 {managerId}（{eligible} 名合格客户经理，共 {managers} 名）',
  },
  'assignment.unplaceable.no-eligible-manager': {
    en: 'unplaceable: none of {managers} managers is eligible',
    'zh-CN': '无法分配：{managers} 名客户经理均不符合条件',
  },
  'assignment.unplaceable.outside-territories': {
    en: 'unplaceable: outside every territory',
    'zh-CN': '无法分配：不属于任何区域',
  },
  'assignment.unplaceable.no-capacity': {
    en: 'unplaceable: all {eligible} eligible managers are at capacity',
    'zh-CN': '无法分配：{eligible} 名合格客户经理均已满负荷',
  },
  'assignment.handover.leaver': {
    en: '{customerId} moves from {from} to {to}: {from} has left',
    'zh-CN': '{customerId} 由 {from} 转交 {to}：{from} 已离职',
  },
  'assignment.handover.grade-change': {
    en: '{customerId} moves from {from} to {to}: its grade changed and {from} does not meet rule {rule}',
    'zh-CN': '{customerId} 由 {from} 转交 {to}：客户等级变化，{from} 不满足规则 {rule}',
  },
  'assignment.handover.rule': {
    en: '{customerId} moves from {from} to {to}: {from} does not meet rule {rule}',
    'zh-CN': '{customerId} 由 {from} 转交 {to}：{from} 不满足规则 {rule}',
  },
  'assignment.handover.territory': {
    en: '{customerId} moves from {from} to {to}: {from} does not serve territory {rule}',
    'zh-CN': '{customerId} 由 {from} 转交 {to}：{from} 不负责区域 {rule}',
  },
  'assignment.handover.capacity': {
    en: '{customerId} moves from {from} to {to}: {from} is at capacity',
    'zh-CN': '{customerId} 由 {from} 转交 {to}：{from} 已满负荷',
  },
  'assignment.handover.stickiness': {
    en: '{customerId} moves from {from} to {to}: the policy does not keep it with {from}',
    'zh-CN': '{customerId} 由 {from} 转交 {to}：按政策不再保留给 {from}',
  },
  'assignment.handover.balance': {
    en: '{customerId} moves from {from} to {to} to balance loads',
    'zh-CN': '{customerId} 由 {from} 转交 {to}，以均衡负荷',
  },
  'assignment.handover.removed': {
    en: '{customerId} leaves {from}: no longer in the book',
    'zh-CN': '{customerId} 离开 {from}：已不在客户名单中',
  },
  'assignment.handover.reassigned': {
    en: '{customerId} moves from {from} to {to}',
    'zh-CN': '{customerId} 由 {from} 转交 {to}',
  },
});
