package org.polnet.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.access.AccessPolicy;
import org.polnet.access.RecordAccess;
import org.polnet.access.TestAccess;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.TooLargeException;
import org.polnet.refusals.UnsupportedContentException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The domain's refusals answer with their status once, whoever throws them: the API as a problem detail naming the
 * fields at fault, pages with the status (Spring Boot's error page). A hidden record answers 404 like a missing one.
 */
class RefusalsWebTests {

	private static final CurrentOfficer GERMAN = TestAccess.officer("NCB-DEU", Clearance.CONFIDENTIAL,
			Role.NCB_OFFICER);

	/** Nested in a test class, so the application's component scan in integration tests leaves it out. */
	@RestController
	static class RecordsApi {

		private final AccessPolicy policy = TestAccess.policy();

		@GetMapping("/api/records/{id}")
		String record(@PathVariable String id) {
			Optional<RecordAccess> found = switch (id) {
				case "open" -> Optional.of(RecordAccess.allMembers("NCB-FRA", Clearance.RESTRICTED));
				case "hidden" -> Optional.of(RecordAccess.onlyListed("NCB-FRA", Clearance.RESTRICTED, Set.of("USA")));
				default -> Optional.empty();
			};
			return policy.requireVisible(GERMAN, found, access -> access, id).ownerOffice();
		}

		@GetMapping("/api/refusals/{kind}")
		String refuse(@PathVariable String kind) {
			throw switch (kind) {
				case "invalid" -> new InvalidInputException("The number is not valid.",
						List.of(new InvalidInputException.Problem("number", "The number is not valid.")));
				case "not-allowed" -> new NotAllowedException("Only the owner may.");
				case "conflict" -> new ConflictException("Already recorded.");
				case "too-large" -> new TooLargeException("Too large.");
				default -> new UnsupportedContentException("Not a photo.");
			};
		}
	}

	@Controller
	static class RecordPage {

		@GetMapping("/records/{id}")
		String record(@PathVariable String id) {
			throw new NotAllowedException("Only the owner may.");
		}
	}

	@Test
	void hiddenAndMissingRecordsBothAnswerNotFound() throws Exception {
		MockMvc api = apiOnly();
		api.perform(get("/api/records/open")).andExpect(status().isOk());
		api.perform(get("/api/records/hidden"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No record hidden was found."));
		api.perform(get("/api/records/missing"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No record missing was found."));
	}

	@Test
	void eachRefusalIsAProblemWithItsStatusAndInvalidFieldsAreNamed() throws Exception {
		MockMvc api = apiOnly();
		api.perform(get("/api/refusals/invalid"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("number"));
		api.perform(get("/api/refusals/not-allowed")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Only the owner may."));
		api.perform(get("/api/refusals/conflict")).andExpect(status().isConflict());
		api.perform(get("/api/refusals/too-large")).andExpect(status().isPayloadTooLarge());
		api.perform(get("/api/refusals/unsupported")).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void aPageAnswersTheRefusalsStatus() throws Exception {
		MockMvcBuilders.standaloneSetup(new RecordPage())
			.setHandlerExceptionResolvers(new Refusals())
			.build()
			.perform(get("/records/1"))
			.andExpect(status().isForbidden());
	}

	private static MockMvc apiOnly() {
		return MockMvcBuilders.standaloneSetup(new RecordsApi()).setControllerAdvice(new ApiProblems()).build();
	}
}
