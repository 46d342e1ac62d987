package io.careerhistory.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.FeedbackReceivedEvent;
import io.careerhistory.events.career.FeedbackDirection;
import io.careerhistory.infra.axon.SerializerConfiguration;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How personal fields are stored: sealed in place with their subject's key, and unreadable once it is destroyed. */
class PersonalDataSealingIT {

    private static final LocalDate DAY = LocalDate.parse("2024-03-05");
    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId BOB = EmployeeId.of("bob");
    private static final MasterKey MASTER = new MasterKey("a-master-key-for-tests-only-0123".getBytes(StandardCharsets.UTF_8));

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private PersonalDataKeys keys;
    private ObjectMapper storage;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.inMemory();
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("sealing-test");
        keys = new PersonalDataKeys(database, MASTER, Clock.systemUTC(), Duration.ofMinutes(1));
        storage = SerializerConfiguration.storageObjectMapper(new PersonalDataCipher(keys));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static EmployeeHiredEvent hired(EmployeeId id, String name) {
        return new EmployeeHiredEvent(id, name, id + "@example.com", id + "-login", "Engineering", "E3", "Payments",
                                      null, null, "group-b", DAY);
    }

    @Test
    void personalFieldsAreStoredSealedForTheirSubjectAndTheRestInTheClear() throws Exception {
        String stored = storage.writeValueAsString(hired(ADA, "Ada Lovelace"));

        assertThat(stored).doesNotContain("Ada Lovelace", "ada@example.com", "ada-login", "group-b")
                          .contains("\"track\":\"Engineering\"", "\"team\":\"Payments\"");
        JsonNode name = storage.readTree(stored).get("name");
        assertThat(name.get("sealedFor").asText()).isEqualTo("ada");
        assertThat(name.get("sealed").asText()).isNotBlank();
        assertThat(storage.readValue(stored, EmployeeHiredEvent.class)).isEqualTo(hired(ADA, "Ada Lovelace"));
    }

    @Test
    void oneEmployeesErasureLeavesTheirFieldsErasedAndEveryoneElsesReadable() throws Exception {
        String ada = storage.writeValueAsString(hired(ADA, "Ada Lovelace"));
        String bob = storage.writeValueAsString(hired(BOB, "Bob Babbage"));

        keys.destroy("ada", Clock.systemUTC().instant());

        EmployeeHiredEvent erased = storage.readValue(ada, EmployeeHiredEvent.class);
        assertThat(erased.name()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.email()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.loginName()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.selfIdentifiedGroup()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.track()).isEqualTo("Engineering");
        assertThat(storage.readValue(bob, EmployeeHiredEvent.class)).isEqualTo(hired(BOB, "Bob Babbage"));
        assertThat(keys.isErased("ada")).isTrue();
        assertThat(keys.isErased("bob")).isFalse();
    }

    @Test
    void anotherNodeSeesTheErasureFromTheStoreNotFromItsCache() throws Exception {
        PersonalDataKeys otherNode = new PersonalDataKeys(database, MASTER, Clock.systemUTC(), Duration.ZERO);
        ObjectMapper otherStorage = SerializerConfiguration.storageObjectMapper(new PersonalDataCipher(otherNode));
        String ada = storage.writeValueAsString(hired(ADA, "Ada Lovelace"));
        assertThat(otherStorage.readValue(ada, EmployeeHiredEvent.class).name()).isEqualTo("Ada Lovelace");

        keys.destroy("ada", Clock.systemUTC().instant());

        assertThat(otherStorage.readValue(ada, EmployeeHiredEvent.class).name()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void nothingPersonalIsSealedForAnErasedEmployee() {
        keys.destroy("ada", Clock.systemUTC().instant());

        assertThatThrownBy(() -> storage.writeValueAsString(
                new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.PEER, BOB, "kind words", DAY)))
                .hasRootCauseInstanceOf(PersonalDataErasedException.class);
    }

    @Test
    void aSealedFieldMovedToAnotherEmployeesEventDoesNotOpen() throws Exception {
        storage.writeValueAsString(hired(BOB, "Bob Babbage")); // bob has a key too
        ObjectNode stolen = (ObjectNode) storage.readTree(storage.writeValueAsString(hired(ADA, "Ada Lovelace")));
        ((ObjectNode) stolen.get("name")).put("sealedFor", "bob");

        assertThat(storage.treeToValue(stolen, EmployeeHiredEvent.class).name()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void aFieldStoredInTheClearBeforeSealingIsReadAsItIs() throws Exception {
        String legacy = SerializerConfiguration.storageObjectMapper().writeValueAsString(hired(ADA, "Ada Lovelace"));

        assertThat(storage.readValue(legacy, EmployeeHiredEvent.class)).isEqualTo(hired(ADA, "Ada Lovelace"));
    }

    @Test
    void theKeysOpenOnlyWithTheMasterKeyTheyWereWrappedWith() throws Exception {
        storage.writeValueAsString(hired(ADA, "Ada Lovelace"));
        PersonalDataKeys wrongMaster = new PersonalDataKeys(
                database, new MasterKey("another-master-key-0123456789abc".getBytes(StandardCharsets.UTF_8)),
                Clock.systemUTC(), Duration.ofMinutes(1));

        assertThatThrownBy(() -> wrongMaster.lookUp("ada")).hasMessageContaining("does not open with this master key");
    }

    @Test
    void theBlindIndexMatchesAnEmailWhateverItsCaseOrMailtoAndNeverHoldsIt() {
        BlindIndex index = new BlindIndex(MASTER);

        assertThat(index.ofEmail(" Ada@Example.com")).isEqualTo(index.ofEmail("mailto:ada@example.com"))
                                                   .doesNotContain("ada")
                                                   .isNotEqualTo(index.ofEmail("bob@example.com"))
                                                   .isNotEqualTo(new BlindIndex(new MasterKey(
                                                           "another-master-key-0123456789abc".getBytes(StandardCharsets.UTF_8)))
                                                                         .ofEmail("ada@example.com"));
        assertThat(index.ofLoginName("ada")).isNotEqualTo(index.ofLoginName("Ada"));
    }
}
