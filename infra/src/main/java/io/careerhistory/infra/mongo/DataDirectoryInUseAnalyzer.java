package io.careerhistory.infra.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start on a data directory another process holds: what happened and what to do, instead of 180 lines of trace. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
        return new FailureAnalysis(cause.getMessage() + " (its file " + EmbeddedMongoServer.DATA_FILE
                                           + " is locked while open).",
                                   "Stop the other process first (the application, or a verify), or start this one on "
                                           + "another data directory: --career.data-dir=/path or CAREER_DATA_DIR.",
                                   cause);
    }
}
