package io.nblint.facts;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Publication deadlines in the year after the report year (spec §3). Read from the
 * {@code deadlines} section of rules/scoring.yaml and inserted into every rule session as a fact,
 * so the DATE rules (rules/dates) compare dates while the dates themselves stay configurable.
 *
 * @param department county-level-or-above government departments (条例第四十九条: 1-31)
 * @param government county-level-or-above people's governments (条例第四十九条: 3-31)
 * @param legacy     every organ for report years up to 2018 (2008 条例第三十一条: 3-31)
 * @param local      townships, sub-district offices and other organs: set by local notices; null when not configured
 */
public record DeadlineCalendar(MonthDay department, MonthDay government, MonthDay legacy, MonthDay local) {
    public static final DeadlineCalendar NATIONAL = new DeadlineCalendar(MonthDay.of(1, 31), MonthDay.of(3, 31), MonthDay.of(3, 31), null);

    public LocalDate departmentDue(int reportYear) { return department.atYear(reportYear + 1); }

    public LocalDate governmentDue(int reportYear) { return government.atYear(reportYear + 1); }

    public LocalDate legacyDue(int reportYear) { return legacy.atYear(reportYear + 1); }

    /** Local deadline for the report year, or null when none is configured. */
    public LocalDate localDue(int reportYear) { return local == null ? null : local.atYear(reportYear + 1); }

    public boolean hasLocal() { return local != null; }

    /** Java-bean style for DRL constraints ({@code DeadlineCalendar(hasLocal)}). */
    public boolean isHasLocal() { return local != null; }

    /** "1月31日" style, for messages. */
    public static String label(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
