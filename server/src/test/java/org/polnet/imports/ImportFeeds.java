package org.polnet.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A national feed's program in the tests of every database: uploads a file to a target through the imports API
 * and waits for its job, as {@code /api/v1/imports/<target>} and {@code /api/v1/imports/jobs/{id}} serve them.
 */
public final class ImportFeeds {

	private final MockMvc mvc;

	private final ObjectMapper json;

	private final String target;

	private final Authentication uploader;

	public ImportFeeds(MockMvc mvc, ObjectMapper json, String target, Authentication uploader) {
		this.mvc = mvc;
		this.json = json;
		this.target = target;
		this.uploader = uploader;
	}

	/** Uploads a CSV file: the job's id, once the answer is as expected (202 for a new file, 200 for a known one). */
	public long upload(String csv, ResultMatcher expected) throws Exception {
		return upload(csv, expected, uploader);
	}

	public long upload(String csv, ResultMatcher expected, Authentication by) throws Exception {
		String body = mvc.perform(multipart("/api/v1/imports/" + target)
			.file(new MockMultipartFile("file", target + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(authentication(by))
			.with(csrf())).andExpect(expected).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	/** The job once it has stopped running, asserted completed. */
	public JsonNode finished(long id) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			String body = mvc.perform(get("/api/v1/imports/jobs/{id}", id).with(authentication(uploader)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			last[0] = json.readTree(body);
			return !"RUNNING".equals(last[0].get("status").asString());
		});
		assertThat(last[0].get("status").asString()).isEqualTo("COMPLETED");
		return last[0];
	}

	/** Rows read, valid, rejected, new, changed and unchanged. */
	public static List<Long> counts(JsonNode job) {
		return List.of(job.get("rowsRead").asLong(), job.get("rowsValid").asLong(), job.get("rowsRejected").asLong(),
				job.get("rowsNew").asLong(), job.get("rowsChanged").asLong(), job.get("rowsUnchanged").asLong());
	}
}
