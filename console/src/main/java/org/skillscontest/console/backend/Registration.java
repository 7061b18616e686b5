package org.skillscontest.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the console reads from registration-service: the fields it shows, nothing more (others are ignored). */
public final class Registration {

    private Registration() {
    }

    public record Federation(String code, String name, String regionCode) {
    }

    public record Competition(String code, String name, String level, String regionCode, int edition, int year,
                              LocalDate startsOn, Instant registrationClosesAt, String feeds, String series,
                              int publicityDays) {

        /** 市级 / 省级 / 全国: the level as people name it. */
        public String levelLabel() {
            return switch (level) {
                case "CITY" -> "市级";
                case "PROVINCIAL" -> "省级";
                case "NATIONAL" -> "全国";
                default -> level;
            };
        }
    }

    public record Event(String competition, String code, String name, String occupation, int skillLevel, int capacity,
                        int quota, EventRef advancesTo, Scoring scoring, List<Round> rounds) {

        public Event {
            rounds = rounds == null ? List.of() : rounds;
        }
    }

    public record EventRef(String competition, String event) {
    }

    public record Scoring(double theoryWeight, double practicalWeight, double tolerancePercent, List<Module> modules) {

        public Scoring {
            modules = modules == null ? List.of() : modules;
        }
    }

    public record Module(String code, String name, double maxMark, double weight) {
    }

    public record Round(String code, String name) {
    }

    public record Employer(String name, String creditCode) {
    }

    public record Entry(UUID entryId, UUID personId, String name, String idNumber, String gender, String federation,
                        Employer employer, int currentSkillLevel, String competition, String event, String status,
                        String origin, UUID promotionId, Instant registeredAt) {

        public boolean withdrawn() {
            return "WITHDRAWN".equals(status);
        }
    }

    /** One row of a federation's submission, as the intake takes it. */
    public record EntryRow(String name, String idNumber, String gender, String phone, Employer employer,
                           Integer currentSkillLevel) {
    }

    public record Batch(List<EntryRow> entries) {
    }

    /** The intake's answer to a batch: each row accepted or rejected on its own. */
    public record BatchAnswer(List<Accepted> accepted, List<Rejected> rejected) {

        public BatchAnswer {
            accepted = accepted == null ? List.of() : accepted;
            rejected = rejected == null ? List.of() : rejected;
        }

        public record Accepted(int index, UUID entryId, UUID personId) {
        }

        public record Rejected(int index, List<Problem.FieldError> errors) {
        }
    }

    public record Withdrawal(String reason) {
    }
}
