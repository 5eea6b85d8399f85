package org.polnet.bicycles.web;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.bicycles.Bicycle;
import org.polnet.bicycles.BicycleDraft;
import org.polnet.bicycles.Bicycles;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.records.web.RecordForm;
import org.polnet.records.web.RecordPages;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/** The bicycles pages: the shared record pages with the bicycles' own filter and fields (bicycles/fields.html). */
@Controller
@Profile("bicycles")
@RequestMapping("/bicycles")
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class BicyclePages extends RecordPages<Bicycle, BicycleDraft, Bicycles.Query, BicyclePages.Form> {

	record Form(@Nullable String frameNumber, @Nullable String make, @Nullable Clearance classification,
			@Nullable AccessScope scope, @Nullable String countries, @Nullable LocalDate reviewAt)
			implements RecordForm<BicycleDraft> {

		@Override
		public BicycleDraft draft() {
			return new BicycleDraft(RecordForm.text(frameNumber), RecordForm.text(make), classificationOrDefault(),
					scopeOrDefault(), countrySet(), reviewAt);
		}
	}

	BicyclePages(Bicycles bicycles, CurrentOfficers officers) {
		super(bicycles, officers, Map.of());
	}

	@GetMapping
	public String list(@RequestParam(required = false) @Nullable String frame, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request) {
		return list(new Bicycles.Query(frame == null || frame.isBlank() ? null : frame), page, model, request);
	}

	@Override
	protected Form blankForm(CurrentOfficer officer) {
		return new Form("", "", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, "", null);
	}

	@Override
	protected Form formOf(Bicycle bicycle) {
		return new Form(bicycle.frameNumber(), bicycle.make(), bicycle.access().classification(), bicycle.access().scope(),
				RecordForm.countriesText(bicycle.access().countries()), bicycle.reviewAt());
	}
}
