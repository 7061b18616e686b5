package org.skillscontest.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every JSON string a service reads, values and map keys alike, is one it can store ({@link Text#unstorable}):
 * a lone surrogate or a NUL is refused while the body is read, as a 400 naming the field, for every
 * endpoint at once. Otherwise it would travel on to PostgreSQL and fail there as a 500.
 */
@Singleton
public class StorableStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-strings")
                .addDeserializer(String.class, new Values())
                .addKeyDeserializer(String.class, new Keys()));
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
