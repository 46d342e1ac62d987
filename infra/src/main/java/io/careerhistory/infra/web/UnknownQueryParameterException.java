package io.careerhistory.infra.web;

import java.util.Set;

/** A query parameter the endpoint does not take: {@link KnownQueryParameters}. */
class UnknownQueryParameterException extends RuntimeException {

    private final String parameter;

    UnknownQueryParameterException(String parameter, Set<String> taken) {
        super(explain(parameter, taken));
        // echoed to help, not to reflect whatever arrived
        this.parameter = parameter.length() > 40 ? parameter.substring(0, 40) + "…" : parameter;
    }

    String parameter() {
        return parameter;
    }

    private static String explain(String parameter, Set<String> taken) {
        if (taken.isEmpty()) {
            return "is not a parameter of this endpoint, which takes none";
        }
        String meant = taken.stream().filter(parameter::equalsIgnoreCase).findFirst()
                            .map(name -> " (did you mean " + name + "?)").orElse("");
        return "is not a parameter of this endpoint, which takes " + String.join(", ", taken) + meant;
    }
}
