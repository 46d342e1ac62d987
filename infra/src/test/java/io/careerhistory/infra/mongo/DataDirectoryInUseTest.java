package io.careerhistory.infra.mongo;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DataDirectoryInUseTest {

    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedNamingTheDirectory() {
        Path data = dir.resolve("data");
        try (EmbeddedMongoServer first = EmbeddedMongoServer.onDisk(data)) {
            assertThat(first.connectionString()).startsWith("mongodb://127.0.0.1:");
            DataDirectoryInUse refused = catchThrowableOfType(DataDirectoryInUse.class,
                                                              () -> EmbeddedMongoServer.onDisk(dir.resolve("./data")));
            assertThat(refused.dataDir()).isEqualTo(data.toAbsolutePath());
            assertThat(refused).hasMessage("The data directory " + data.toAbsolutePath()
                                                   + " is in use by another running career-history process");
        }
        try (EmbeddedMongoServer afterwards = EmbeddedMongoServer.onDisk(data)) {
            assertThat(afterwards.connectionString()).isNotBlank(); // the lock went with the first server
        }
    }

    @Test
    void aStartThatFailsSoIsExplainedWithWhatToDo() {
        Path data = dir.resolve("data");
        try (EmbeddedMongoServer first = EmbeddedMongoServer.onDisk(data)) {
            DataDirectoryInUse refused = catchThrowableOfType(DataDirectoryInUse.class,
                                                              () -> EmbeddedMongoServer.onDisk(data));
            FailureAnalysis analysis = new DataDirectoryInUseAnalyzer()
                    .analyze(new IllegalStateException("the context failed", refused));
            assertThat(analysis.getDescription()).contains(data.toAbsolutePath().toString(), "is locked");
            assertThat(analysis.getAction()).contains("--career.data-dir=", "CAREER_DATA_DIR");
        }
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(DataDirectoryInUseAnalyzer.class.getName());
    }

    @Test
    void onlyALockedFileCountsAsADirectoryInUse() {
        MVStoreException locked = DataUtils.newMVStoreException(DataUtils.ERROR_FILE_LOCKED, "The file is locked: {0}", "f");
        MVStoreException corrupt = DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "File corrupted {0}", "f");
        assertThat(DataDirectoryInUse.isLockedFile(new IllegalStateException("the context failed", locked))).isTrue();
        assertThat(DataDirectoryInUse.isLockedFile(corrupt)).isFalse();
        assertThat(DataDirectoryInUse.isLockedFile(new IllegalStateException("disk full"))).isFalse();
    }
}
