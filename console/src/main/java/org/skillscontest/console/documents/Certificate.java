package org.skillscontest.console.documents;

import java.time.LocalDate;

/** One award certificate (获奖证书): who, in which competition and event, which award at which place, issued by whom and when. */
public record Certificate(String name, String competitionName, String eventName, String award, int place, String organiser,
                          LocalDate date) {
}
