/** Shown in the Help dialog; a test keeps it equal to package.json's version. */
export const VERSION = '0.1.0';
export const README_URL = 'https://github.com/thai-ita/ita-measures-report#readme';
/** The Thai user guide for coordinators and bureau staff (docs/guide-th.md), linked from the Help dialog. */
export const GUIDE_URL = 'https://github.com/thai-ita/ita-measures-report/blob/main/docs/guide-th.md';
