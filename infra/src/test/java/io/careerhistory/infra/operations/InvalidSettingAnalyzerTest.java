package io.careerhistory.infra.operations;

import io.careerhistory.infra.cluster.NodeRoles;
import io.careerhistory.infra.mongo.CareerMongoProperties;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import io.careerhistory.infra.secrets.SecretResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InvalidSettingAnalyzerTest {

    private final InvalidSettingAnalyzer analyzer = new InvalidSettingAnalyzer();

    @Test
    void aMisspeltRoleIsReportedAsTheSettingAndWhatItTakes() {
        InvalidSetting invalid = catchThrowableOfType(InvalidSetting.class, () -> NodeRoles.parse("querry"));
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("the context failed", invalid));
        assertThat(analysis.getDescription()).isEqualTo("career.roles is one of both, command, query; was 'querry'.");
        assertThat(analysis.getAction()).contains("--name=value", "environment variable", "application.properties");
    }

    @Test
    void aSecretLeftUnsetWithARealMongoDbIsReportedTheSameWay() {
        CareerMongoProperties realMongo = new CareerMongoProperties(
                new CareerMongoProperties.Mongodb("mongodb://db1/?replicaSet=rs0", null), Path.of("data"), null);
        InvalidSetting invalid = catchThrowableOfType(InvalidSetting.class, () -> SecretResolver.resolve(
                null, "career.event-store.hmac-key", "hash-chain.key", realMongo));
        assertThat(analyzer.analyze(invalid).getDescription()).startsWith("Set career.event-store.hmac-key");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReportedAsTheSetting(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        InvalidSetting invalid = catchThrowableOfType(InvalidSetting.class,
                                                      () -> EmbeddedMongoServer.onDisk(file.resolve("data")));
        assertThat(analyzer.analyze(invalid).getDescription())
                .startsWith("career.data-dir (CAREER_DATA_DIR) " + file.resolve("data") + " cannot be created");
    }

    @Test
    void springBootFindsTheAnalyzer() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(InvalidSettingAnalyzer.class.getName());
    }
}
