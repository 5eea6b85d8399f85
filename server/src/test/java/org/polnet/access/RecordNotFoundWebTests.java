package org.polnet.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A web layer needs no handler of its own: a hidden record answers 404, like a missing one. */
class RecordNotFoundWebTests {

	private static final CurrentOfficer GERMAN = TestAccess.officer("NCB-DEU", Clearance.CONFIDENTIAL,
			Role.NCB_OFFICER);

	/** Nested in a test class, so the application's component scan in integration tests leaves it out. */
	@RestController
	static class RecordsController {

		private final AccessPolicy policy = TestAccess.policy();

		@GetMapping("/records/{id}")
		String record(@PathVariable String id) {
			Optional<RecordAccess> found = switch (id) {
				case "open" -> Optional.of(RecordAccess.allMembers("NCB-FRA", Clearance.RESTRICTED));
				case "hidden" -> Optional.of(RecordAccess.onlyListed("NCB-FRA", Clearance.RESTRICTED, Set.of("USA")));
				default -> Optional.empty();
			};
			return policy.requireVisible(GERMAN, found, access -> access, id).ownerOffice();
		}
	}

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RecordsController()).build();

	@Test
	void hiddenAndMissingRecordsBothAnswerNotFound() throws Exception {
		mvc.perform(get("/records/open")).andExpect(status().isOk());
		mvc.perform(get("/records/hidden")).andExpect(status().isNotFound());
		mvc.perform(get("/records/missing")).andExpect(status().isNotFound());
	}
}
