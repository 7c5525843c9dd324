/** The zone the calendar counts the student's days in: this device's own. Not its IANA name, which only Intl
 * gives, and a phone's first Intl call costs it 70–170 ms (4× CPU throttle) on the flashcard screen's start. */
import { DEVICE_ZONE } from '$lib/domain/calendar';

export const localTimeZone = (): string => DEVICE_ZONE;
