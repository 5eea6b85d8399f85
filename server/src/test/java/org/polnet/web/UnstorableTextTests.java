package org.polnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text PostgreSQL cannot store (the NUL character, half of a surrogate pair) is refused where it enters, with a 400,
 * in every string parameter and JSON body field of every operation the API describes, and in the pages' forms and
 * queries: never a 500, never a failed write.
 */
@PolnetIntegrationTest
class UnstorableTextTests {

	private static final String NUL = "x\u0000y";

	private static final String HALF_PAIR = "x\uD800y";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	/** Every role, so that each operation gets past its permission check to the input. */
	private static final Authentication EVERYONE = signedIn(new CurrentOfficer("admin.gs", "Test GS", "GS",
			"General Secretariat", Set.of(Role.NCB_OFFICER, Role.NCB_ADMIN, Role.GS_OFFICER, Role.GS_ADMIN,
					Role.AUDITOR),
			Clearance.CONFIDENTIAL));

	@Test
	void everyStringParameterAndBodyFieldOfTheApiRefusesUnstorableTextWith400() throws Exception {
		JsonNode api = json.readTree(mvc.perform(get("/api/v1/openapi.json").with(authentication(EVERYONE)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> wrong = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				List<JsonNode> parameters = new ArrayList<>();
				operation.getValue().path("parameters").forEach(parameters::add);
				for (JsonNode parameter : parameters) {
					if (!"query".equals(parameter.path("in").asString())
							|| !"string".equals(schema(api, parameter.path("schema")).path("type").asString(""))
							|| schema(api, parameter.path("schema")).has("enum")) {
						continue;
					}
					for (String value : List.of(NUL, HALF_PAIR)) {
						MockHttpServletRequestBuilder call = call(api, method, path.getKey(), parameters,
								parameter.path("name").asString(), value);
						requests++;
						expect400(call, method + " " + path.getKey() + " ?" + parameter.path("name").asString(), wrong);
					}
				}
				JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json");
				if (!body.isMissingNode()) {
					// one field at a time, so that the answer must name that field
					for (Map.Entry<String, Object> field : stringFields(api, schema(api, body.path("schema"))).entrySet()) {
						MockHttpServletRequestBuilder call = call(api, method, path.getKey(), parameters, null, null)
							.contentType(MediaType.APPLICATION_JSON)
							.content(json.writeValueAsString(Map.of(field.getKey(), field.getValue())));
						requests++;
						String named = field.getValue() instanceof List ? field.getKey() + "[0]" : field.getKey();
						expect400(call, method + " " + path.getKey() + " body " + named, wrong);
					}
				}
			}
		}
		assertThat(requests).as("values swept").isGreaterThan(60);
		assertThat(wrong).isEmpty();
	}

	@Test
	void pagesRefuseUnstorableTextInFormsAndQueries() throws Exception {
		expect400(get("/documents").param("number", NUL).with(authentication(EVERYONE)), "documents?number", null);
		expect400(post("/documents").param("remarks", NUL).with(authentication(EVERYONE)).with(csrf()), "documents form",
				null);
		expect400(post("/login").param("username", NUL).param("password", "whatever it is").with(csrf()), "sign-in",
				null);
	}

	private void expect400(MockHttpServletRequestBuilder call, String what, List<String> wrong) throws Exception {
		MockHttpServletResponse response;
		try {
			response = mvc.perform(call).andReturn().getResponse();
		}
		catch (jakarta.servlet.ServletException failed) {
			// what the servlet container answers with a 500
			response = new MockHttpServletResponse();
			response.setStatus(500);
		}
		boolean api = what.contains("/api/");
		// the API's problem names the field at fault: the refusal is this rule's, not some other check's
		String field = what.substring(what.lastIndexOf(' ') + 1).replaceFirst("^\\?", "");
		boolean right = response.getStatus() == 400
				&& (!api || String.valueOf(response.getContentType()).startsWith("application/problem+json")
						&& response.getContentAsString().contains("\"field\":\"" + field + "\""));
		if (wrong == null) {
			assertThat(response.getStatus()).as(what).isEqualTo(400);
		}
		else if (!right) {
			wrong.add(what + " answered " + response.getStatus() + " " + response.getContentType());
		}
	}

	/** The call with plausible values in its path and required parameters, and {@code value} in {@code name}. */
	private MockHttpServletRequestBuilder call(JsonNode api, HttpMethod method, String template,
			List<JsonNode> parameters, String name, String value) {
		String path = template;
		Map<String, String> query = new LinkedHashMap<>();
		for (JsonNode parameter : parameters) {
			String parameterName = parameter.path("name").asString();
			JsonNode schema = schema(api, parameter.path("schema"));
			String plausible = schema.has("enum") ? schema.get("enum").get(0).asString()
					: "string".equals(schema.path("type").asString("")) ? "ABC123" : "1";
			if ("path".equals(parameter.path("in").asString())) {
				path = path.replace("{" + parameterName + "}", plausible);
			}
			else if (parameterName.equals(name)) {
				query.put(parameterName, value);
			}
			else if (parameter.path("required").asBoolean(false)) {
				query.put(parameterName, plausible);
			}
		}
		MockHttpServletRequestBuilder call = request(method, path).with(authentication(EVERYONE)).with(csrf());
		query.forEach(call::param);
		return call;
	}

	/** Every string field of a body schema (and the string items of its arrays) holding unstorable text. */
	private static Map<String, Object> stringFields(JsonNode api, JsonNode schema) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			JsonNode type = schema(api, property.getValue());
			if (type.has("enum")) {
				continue;
			}
			if ("string".equals(type.path("type").asString(""))) {
				fields.put(property.getKey(), NUL);
			}
			else if ("array".equals(type.path("type").asString(""))
					&& "string".equals(schema(api, type.path("items")).path("type").asString(""))
					&& !schema(api, type.path("items")).has("enum")) {
				fields.put(property.getKey(), List.of(NUL));
			}
		}
		return fields;
	}

	private static JsonNode schema(JsonNode api, JsonNode schema) {
		String reference = schema.path("$ref").asString("");
		if (reference.startsWith("#/components/schemas/")) {
			return api.path("components").path("schemas").path(reference.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private static Authentication signedIn(CurrentOfficer officer) {
		return UsernamePasswordAuthenticationToken.authenticated(officer, null,
				officer.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}
}
