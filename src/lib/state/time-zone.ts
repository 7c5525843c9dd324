/** The student's time zone, read here so that domain/ code gets it as an argument. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
