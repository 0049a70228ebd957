/**
 * Sends a request plan to a simulated document the way the menu does: the body batches, then the footer into
 * the footer createFooter made (or the template's). Kept apart from the simulator, which knows nothing of src/.
 */
import { footerIdFromReplies, type DocsRenderPlan } from '../../../src/render/docs-requests';
import { DocsSimulator } from './index';

export function applyPlan(plan: DocsRenderPlan, doc = new DocsSimulator(), templateFooterId?: string): DocsSimulator {
  let footerId = templateFooterId;
  for (const batch of plan.batches) {
    const replies = doc.batchUpdate(batch).replies;
    if (plan.createsFooter) footerId ??= footerIdFromReplies(replies as never);
  }
  if (plan.hasFooter) doc.batchUpdate(plan.footerRequests(footerId!));
  return doc;
}
