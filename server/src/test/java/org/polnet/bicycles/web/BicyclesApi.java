package org.polnet.bicycles.web;

import org.jspecify.annotations.Nullable;
import org.polnet.bicycles.Bicycle;
import org.polnet.bicycles.BicycleDraft;
import org.polnet.bicycles.Bicycles;
import org.polnet.identity.CurrentOfficers;
import org.polnet.records.RecordPage;
import org.polnet.records.web.RecordApi;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** The bicycles API for officers' programs: the shared read and withdrawal, with the bicycles' search and report. */
@RestController
@Profile("bicycles")
@RequestMapping("/api/v1/bicycles")
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class BicyclesApi extends RecordApi<Bicycle, BicycleDraft, Bicycles.Query> {

	BicyclesApi(Bicycles bicycles, CurrentOfficers officers) {
		super(bicycles, officers);
	}

	@GetMapping
	public RecordPage<Bicycle> search(@RequestParam(required = false) @Nullable String frame,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request) {
		return search(new Bicycles.Query(frame), page, 20, request);
	}

	@PostMapping
	public ResponseEntity<Bicycle> report(@RequestBody BicycleDraft draft, HttpServletRequest request) {
		return reported(draft, request);
	}
}
