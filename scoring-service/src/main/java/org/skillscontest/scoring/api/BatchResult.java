package org.skillscontest.scoring.api;

import java.util.List;
import org.skillscontest.scoring.service.RowResult;

public record BatchResult(int accepted, int rejected, List<RowResult> rows) {

    static BatchResult of(List<RowResult> rows) {
        int accepted = (int) rows.stream().filter(r -> r.errors() == null).count();
        return new BatchResult(accepted, rows.size() - accepted, rows);
    }
}
