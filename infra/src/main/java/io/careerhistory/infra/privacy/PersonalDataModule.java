package io.careerhistory.infra.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.careerhistory.events.DataSubject;
import io.careerhistory.events.PersonalData;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * Stores every {@link PersonalData} field as {@code {"sealedFor": subject, "sealed": base64}}, sealed with the key of
 * the event's {@link DataSubject}, and opens it when read. Once the key is destroyed the field reads as
 * {@link PersonalData#ERASED}. A plain string (written before fields were sealed) is read as it is.
 * Everything the storage serializer writes goes through this: events, snapshots, sagas, dead letters.
 */
public class PersonalDataModule extends SimpleModule {

    static final String SEALED_FOR = "sealedFor";
    static final String SEALED = "sealed";

    private final transient PersonalDataCipher cipher;

    public PersonalDataModule(PersonalDataCipher cipher) {
        super("career-personal-data");
        this.cipher = cipher;
        setSerializerModifier(new SealPersonalFields());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new OpenPersonalFields());
    }

    private final class SealPersonalFields extends BeanSerializerModifier {
        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                         List<BeanPropertyWriter> properties) {
            if (properties.stream().noneMatch(p -> p.getAnnotation(PersonalData.class) != null)) {
                return properties;
            }
            List<BeanPropertyWriter> subjects = properties.stream()
                                                          .filter(p -> p.getAnnotation(DataSubject.class) != null)
                                                          .toList();
            if (subjects.size() != 1) {
                throw new IllegalStateException(bean.getBeanClass().getName() + " has personal fields, so it needs "
                                                        + "exactly one @DataSubject field; it has " + subjects.size());
            }
            return properties.stream()
                             .map(p -> p.getAnnotation(PersonalData.class) == null
                                     ? p : new SealingWriter(requireString(p, bean), subjects.get(0)))
                             .toList();
        }

        private BeanPropertyWriter requireString(BeanPropertyWriter property, BeanDescription bean) {
            if (property.getType().getRawClass() != String.class) {
                throw new IllegalStateException("@PersonalData is for String fields; " + bean.getBeanClass().getName()
                                                        + "." + property.getName() + " is not one");
            }
            return property;
        }
    }

    private final class SealingWriter extends BeanPropertyWriter {

        private final BeanPropertyWriter subject;

        SealingWriter(BeanPropertyWriter personal, BeanPropertyWriter subject) {
            super(personal);
            this.subject = subject;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            Object value = get(bean);
            Object subjectValue = subject.get(bean);
            if (value == null) {
                super.serializeAsField(bean, gen, provider);
                return;
            }
            if (subjectValue == null) {
                throw JsonMappingException.from(provider, "Cannot seal " + getName() + " of a "
                        + bean.getClass().getSimpleName() + " without its data subject " + subject.getName());
            }
            String subjectId = subjectValue.toString();
            gen.writeFieldName(_name);
            gen.writeStartObject();
            gen.writeStringField(SEALED_FOR, subjectId);
            gen.writeStringField(SEALED, Base64.getEncoder().encodeToString(cipher.seal(subjectId, value.toString())));
            gen.writeEndObject();
        }
    }

    private final class OpenPersonalFields extends NopAnnotationIntrospector {
        @Override
        public Object findDeserializer(Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class) ? new PersonalFieldDeserializer() : null;
        }
    }

    private final class PersonalFieldDeserializer extends StdDeserializer<String> {

        PersonalFieldDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return parser.getText(); // stored before personal fields were sealed (ADR 0008)
            }
            if (token != JsonToken.START_OBJECT) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            JsonNode sealed = parser.readValueAsTree();
            if (!sealed.hasNonNull(SEALED_FOR) || !sealed.hasNonNull(SEALED)) {
                return (String) context.reportInputMismatch(String.class, "A sealed personal field needs "
                        + SEALED_FOR + " and " + SEALED);
            }
            return cipher.open(sealed.get(SEALED_FOR).asText(), Base64.getDecoder().decode(sealed.get(SEALED).asText()))
                         .orElse(PersonalData.ERASED);
        }
    }
}
