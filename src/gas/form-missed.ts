/**
 * A note that an answer waits in a responses sheet (a submission that lost the lock, or whose
 * question was renamed): set by onFormSubmit, cleared by a catch-up or reconcile that read it.
 */

/** Document property set when a submission could not be recorded; cleared by a catch-up. */
export const MISSED_PROPERTY = 'ITA_FORMS_MISSED_AT';

export function noteMissed(): void {
  try {
    PropertiesService.getDocumentProperties().setProperty(MISSED_PROPERTY, new Date().toISOString());
  } catch (error) {
    console.warn('onFormSubmit: could not note the missed answer', error);
  }
}

export function clearMissed(): void {
  try {
    PropertiesService.getDocumentProperties().deleteProperty(MISSED_PROPERTY);
  } catch (error) {
    console.warn('could not clear the missed-answer note', error);
  }
}

/** True when an answer was noted as waiting (one property read). */
export function missedNoted(): boolean {
  try {
    return PropertiesService.getDocumentProperties().getProperty(MISSED_PROPERTY) !== null;
  } catch {
    return false;
  }
}
