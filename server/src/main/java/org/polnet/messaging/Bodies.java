package org.polnet.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.InvalidInputException.Problem;

/**
 * A message body is rich text: formatting, paragraphs and lists (blocks), tables and links, through the OWASP Java HTML
 * Sanitizer's allow-lists. Active content (scripts, frames, forms, event handlers, {@code javascript:} links) is
 * refused with a clear error rather than silently dropped: the sender must know the recipients will not see what
 * they wrote. Harmless markup outside the lists (a {@code span}, a {@code class}) is dropped.
 */
final class Bodies {

	/** The longest body accepted, in characters. */
	static final int MAX_LENGTH = 256 * 1024;

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES);

	private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
			"embed", "applet", "form", "input", "button", "textarea", "select", "link", "meta", "base", "svg", "math",
			"template", "noscript");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");

	/** An event handler in a tag ({@code onerror=}), which the sanitiser drops without telling when it drops the tag. */
	private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	/** A link or source to a script URL, which the sanitiser drops without telling. */
	private static final Pattern SCRIPT_URL = Pattern.compile(
			"<[^>]*\\s(href|src|action|formaction)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data)\\s*:",
			Pattern.CASE_INSENSITIVE);

	private Bodies() {
	}

	/**
	 * The body as it will be stored and shown.
	 *
	 * @throws InvalidInputException when it is blank, too long, or holds active content
	 */
	static String sanitize(String body) {
		if (body.isBlank()) {
			throw InvalidInputException.of(List.of(new Problem("body", "The body is empty.")));
		}
		if (body.length() > MAX_LENGTH) {
			throw InvalidInputException.of(List.of(new Problem("body",
					"The body is longer than " + MAX_LENGTH + " characters: send long texts as attachments.")));
		}
		if (body.indexOf('\0') >= 0) {
			throw InvalidInputException.of(List.of(new Problem("body", "The body holds a NUL character.")));
		}
		List<String> refused = new ArrayList<>();
		if (EVENT_HANDLER.matcher(body).find()) {
			refused.add("an event handler");
		}
		if (SCRIPT_URL.matcher(body).find()) {
			refused.add("a script link");
		}
		String clean = POLICY.sanitize(body, new HtmlChangeListener<List<String>>() {
			@Override
			public void discardedTag(List<String> context, String elementName) {
				if (ACTIVE_ELEMENTS.contains(elementName.toLowerCase(Locale.ROOT))) {
					context.add("<" + elementName + ">");
				}
			}

			@Override
			public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
				for (String attribute : attributeNames) {
					String name = attribute.toLowerCase(Locale.ROOT);
					if (name.startsWith("on") || URL_ATTRIBUTES.contains(name)) {
						context.add(tagName + " " + attribute);
					}
				}
			}
		}, refused);
		if (!refused.isEmpty()) {
			throw InvalidInputException.of(List.of(new Problem("body",
					"The body holds active content, which messages may not carry: "
							+ String.join(", ", refused.stream().distinct().toList()) + ".")));
		}
		return clean;
	}
}
