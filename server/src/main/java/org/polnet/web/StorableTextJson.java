package org.polnet.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of every JSON body the application reads (the API's {@code @RequestBody}s and FIND's own reader, which
 * use the application's JSON mapper) follows {@link StorableText}: a value that breaks it fails the read as a value
 * not allowed, which {@link ApiProblems} answers with a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StorableTextJson {

	@Bean
	JacksonModule storableTextModule() {
		return new SimpleModule("storable-text").addDeserializer(String.class, new StorableStrings());
	}

	/** The value is not echoed: it is refused for what it holds. */
	static final class UnstorableText extends InvalidFormatException {

		UnstorableText(JsonParser parser) {
			super(parser, "The text " + StorableText.RULE, "(not shown)", String.class);
		}
	}

	static final class StorableStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			if (text != null && !StorableText.isStorable(text)) {
				throw new UnstorableText(parser);
			}
			return text;
		}
	}
}
