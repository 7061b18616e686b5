package org.skillscontest.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.skillscontest.platform.text.Text;

/**
 * How every service reads JSON, strictly, for every endpoint at once (each refusal a 400 naming the body
 * or the field): a body is one JSON document, nothing after it; a whole number is written as one (no
 * {@code 1.5} read as 1); an enum constant by its name (no {@code 0} read as the first constant); and
 * every string, value or map key, is one the service can store ({@link Text#unstorable}): a lone
 * surrogate or a NUL would otherwise travel on to PostgreSQL and fail there as a 500. A date or instant
 * is an ISO-8601 string, as the contract writes it: Jackson would read a number as seconds since 1970,
 * and one beyond its range ({@code 1e400}) as 1970 itself.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus' own customizer: its Java time module would otherwise read dates and instants again. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .registerModule(new SimpleModule("strict-json")
                        .addDeserializer(String.class, new Values())
                        .addKeyDeserializer(String.class, new Keys())
                        .addDeserializer(Instant.class, new Iso8601<>(Instant.class, InstantDeserializer.INSTANT))
                        .addDeserializer(LocalDate.class, new Iso8601<>(LocalDate.class, LocalDateDeserializer.INSTANCE)));
    }

    /** The refusal: {@link org.skillscontest.platform.problem.ProblemMappers} names the field and gives the defect's message. */
    public static final class UnstorableText extends InvalidFormatException {
        private final Text.Defect defect;

        UnstorableText(JsonParser parser, Text.Defect defect) {
            super(parser, defect.message, null, String.class);
            this.defect = defect;
        }

        public Text.Defect defect() {
            return defect;
        }
    }

    static final class Values extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            Text.Defect defect = value == null ? null : Text.unstorable(value);
            if (defect != null) {
                throw new UnstorableText(p, defect);
            }
            return value;
        }
    }

    /** The standard reader of a date or time type, for strings only. */
    static final class Iso8601<T> extends StdDeserializer<T> {
        private final JsonDeserializer<T> standard;

        Iso8601(Class<T> type, JsonDeserializer<T> standard) {
            super(type);
            this.standard = standard;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            return standard.deserialize(p, ctxt);
        }
    }

    static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            Text.Defect defect = key == null ? null : Text.unstorable(key);
            if (defect != null) {
                throw new UnstorableText(ctxt.getParser(), defect);
            }
            return key;
        }
    }
}
