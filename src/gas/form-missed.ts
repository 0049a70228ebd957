/**
 * A note that an answer waits in a responses sheet (a submission that lost the lock, or whose
 * question was renamed): set by onFormSubmit, cleared by a catch-up or reconcile that read it.
 */

/** Document property set when a submission could not be recorded; cleared by a catch-up. */
export const MISSED_PROPERTY = 'ITA_FORMS_MISSED_AT';

export function noteMissed(): void {
  try {
    PropertiesService.getDocumentProperties().setProperty(MISSED_PROPERTY, new Date(Date.now()).toISOString());
  } catch (error) {
    console.warn('onFormSubmit: could not note the missed answer', error);
  }
}

/**
 * Clears the note once a catch-up has read the sheets at `readAt` (Date.now()): a note made later (a submission
 * that gave up waiting while this run held the lock, its row perhaps not read) stays for the next catch-up.
 */
export function clearMissed(readAt: number): void {
  try {
    const props = PropertiesService.getDocumentProperties();
    const noted = props.getProperty(MISSED_PROPERTY);
    if (noted === null || Date.parse(noted) > readAt) return;
    props.deleteProperty(MISSED_PROPERTY);
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
