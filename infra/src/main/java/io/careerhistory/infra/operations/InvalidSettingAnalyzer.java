package io.careerhistory.infra.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start that fails on a setting: the setting and what it takes, instead of a hundred lines of trace. */
class InvalidSettingAnalyzer extends AbstractFailureAnalyzer<InvalidSetting> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSetting cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                                   "Fix the setting where it is given: a --name=value option, its environment "
                                           + "variable, or application.properties (see the README's Configuration).",
                                   cause);
    }
}
