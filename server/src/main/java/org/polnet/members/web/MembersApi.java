package org.polnet.members.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.members.LocalizedName;
import org.polnet.members.Member;
import org.polnet.members.Members;
import org.polnet.members.Office;
import org.polnet.members.Offices;
import org.polnet.members.Region;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Member countries and offices for systems: read-only reference data. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Members", description = "Member countries and the organisation's offices")
class MembersApi {

	static final URI NOT_FOUND = URI.create("urn:polnet:problem:not-found");

	static final URI BAD_PARAMETER = URI.create("urn:polnet:problem:bad-parameter");

	private final Members members;

	private final Offices offices;

	MembersApi(Members members, Offices offices) {
		this.members = members;
		this.offices = offices;
	}

	@GetMapping("/members")
	@Operation(summary = "List member countries",
			description = "Optionally filtered by a name in English, French, Spanish or Arabic (ignoring case and accents) or an ISO code, and by region.")
	@ApiResponse(responseCode = "200", description = "The members, a member whose code is the query first")
	@ApiResponse(responseCode = "400", description = "Unknown region",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	List<MemberJson> members(
			@Parameter(description = "part of a name in any of the four languages, or an ISO2/ISO3 code")
			@RequestParam(defaultValue = "") String q,
			@Parameter(description = "AFRICA, AMERICAS, ASIA_SOUTH_PACIFIC, EUROPE or MIDDLE_EAST_NORTH_AFRICA")
			@RequestParam(required = false) @Nullable String region) {
		Region wanted = region == null || region.isBlank() ? null
				: Region.parse(region)
					.orElseThrow(() -> problem(HttpStatus.BAD_REQUEST, BAD_PARAMETER,
							"The region must be one of AFRICA, AMERICAS, ASIA_SOUTH_PACIFIC, EUROPE, MIDDLE_EAST_NORTH_AFRICA."));
		return members.search(q, wanted).stream().map(MemberJson::of).toList();
	}

	@GetMapping("/members/{iso3}")
	@Operation(summary = "One member country by its ISO 3166-1 alpha-3 code (any case)")
	@ApiResponse(responseCode = "200", description = "The member")
	@ApiResponse(responseCode = "400", description = "The code is not three letters",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No member has this code",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	MemberJson member(@PathVariable String iso3) {
		if (!iso3.matches("[A-Za-z]{3}")) {
			throw problem(HttpStatus.BAD_REQUEST, BAD_PARAMETER,
					"A member country's code is its ISO 3166-1 alpha-3 code: three letters, such as FRA.");
		}
		return members.byIso3(iso3)
			.map(MemberJson::of)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, NOT_FOUND,
					"No member country has the code " + iso3.toUpperCase(Locale.ROOT) + "."));
	}

	@GetMapping("/offices")
	@Operation(summary = "List offices: the General Secretariat, regional bureaus, other offices, then every NCB")
	List<OfficeJson> offices() {
		return offices.offices().stream().map(OfficeJson::of).toList();
	}

	@GetMapping("/offices/{code}")
	@Operation(summary = "One office by its code (GS, NCB-FRA, RB-NAIROBI…), any case")
	@ApiResponse(responseCode = "200", description = "The office")
	@ApiResponse(responseCode = "404", description = "No office has this code",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	OfficeJson office(@PathVariable String code) {
		return offices.office(code)
			.map(OfficeJson::of)
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, NOT_FOUND, code.matches("[A-Za-z0-9-]{1,40}")
					? "No office has the code " + code.toUpperCase(Locale.ROOT) + "." : "No such office."));
	}

	private static ResponseStatusException problem(HttpStatus status, URI type, String detail) {
		ResponseStatusException exception = new ResponseStatusException(status, detail);
		exception.setType(type);
		exception.setDetail(detail);
		return exception;
	}

	record Names(String en, String fr, String es, String ar) {
		static Names of(LocalizedName name) {
			return new Names(name.en(), name.fr(), name.es(), name.ar());
		}
	}

	record NcbJson(String code, String city) {
	}

	record MemberJson(String iso2, String iso3, String numeric, Names names, Region region, String subregion,
			@Nullable Integer joined, NcbJson ncb, int votes) {

		static MemberJson of(Member member) {
			return new MemberJson(member.iso2(), member.iso3(), member.numeric(), Names.of(member.name()),
					member.region(), member.subregion(), member.joined(), new NcbJson(member.ncbCode(), member.ncbCity()),
					member.generalAssemblyVotes());
		}
	}

	record OfficeJson(String code, String type, Names names, String city, String country, List<String> serves) {

		static OfficeJson of(Office office) {
			return new OfficeJson(office.code(), office.type().name(), Names.of(office.name()), office.city(),
					office.countryIso3(), office.serves());
		}
	}
}
