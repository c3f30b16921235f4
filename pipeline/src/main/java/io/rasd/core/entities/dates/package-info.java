/**
 * DATE mentions with an ISO value (day month year, month year, a year after a cue word), from the month names and
 * year cues of {@code entities/dates.tsv}.
 */
package io.rasd.core.entities.dates;
