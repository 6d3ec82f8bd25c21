package io.factcheck.knowledge;

/** How precisely a tenure's dates are known; a date known to the YEAR is stored as its first day (YYYY-01-01). */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
