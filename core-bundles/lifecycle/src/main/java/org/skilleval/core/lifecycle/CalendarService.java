package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.rules.WorkingDayCalendar;

/**
 * China's working-day calendar as the operator keeps it: the schedules shipped with SkillEval plus
 * every {@code *.json} file in {@code etc/skilleval-holidays/} (same format; a year in a file
 * replaces the shipped year). A file added or changed there is used from the next call on, without
 * a restart.
 */
@ProviderType
public interface CalendarService {

    /** The calendar as of now. */
    WorkingDayCalendar calendar();
}
