package org.vwb.core.api.tests;

import java.util.ArrayList;
import java.util.List;

/** The clauses of an OSGi manifest header: {@code name[;name]...[;directive:=value][;attribute=value]...}. */
final class ManifestClauses {

    /** One name of a clause, and whether the clause is optional ({@code resolution:=optional}). */
    record Clause(String name, boolean optional) {
    }

    private ManifestClauses() {
    }

    static List<Clause> of(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        // commas inside quoted version ranges do not separate clauses
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            List<String> names = new ArrayList<>();
            boolean optional = false;
            for (String part : clause.split(";")) {
                String p = part.strip();
                if (p.replace(" ", "").equals("resolution:=optional")) {
                    optional = true;
                } else if (!p.contains("=") && !p.isEmpty()) {
                    names.add(p);
                }
            }
            for (String name : names) {
                clauses.add(new Clause(name, optional));
            }
        }
        return clauses;
    }
}
