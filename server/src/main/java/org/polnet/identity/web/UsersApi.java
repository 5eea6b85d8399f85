package org.polnet.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.Role;
import org.polnet.identity.administration.NewUser;
import org.polnet.identity.administration.OfficerAdministration;
import org.polnet.identity.officers.UserSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Officers' accounts for an NCB's own systems (provisioning): the same rules as the user administration pages,
 * applied by {@link OfficerAdministration}. A system client with the {@code users:manage} scope acts as the
 * administrator of its token's office only.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('NCB_ADMIN', 'GS_ADMIN') or hasAuthority('SCOPE_users:manage')")
@Tag(name = "Users", description = "Officers' accounts: NCB administrators for their own office, GS administrators for every office")
@SecurityRequirement(name = "apiToken")
@ApiResponse(responseCode = "401", description = "Not signed in and no valid API token",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not an administrator of this office (recorded in the audit trail)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class UsersApi {

	static final URI VALIDATION = URI.create("urn:polnet:problem:validation");

	static final URI CONFLICT = URI.create("urn:polnet:problem:conflict");

	private final OfficerAdministration administration;

	private final CurrentOfficers officers;

	private final MessageSource messages;

	UsersApi(OfficerAdministration administration, CurrentOfficers officers, MessageSource messages) {
		this.administration = administration;
		this.officers = officers;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List the users of an office", description = "The caller's own office by default; a GS administrator may name any office.")
	List<UserJson> users(@Parameter(description = "office code such as NCB-FRA; default: the caller's office")
	@RequestParam(required = false) @Nullable String office, HttpServletRequest request) {
		CurrentOfficer admin = administrator();
		String shown = office == null || office.isBlank() ? admin.officeCode() : office.strip().toUpperCase(Locale.ROOT);
		return administration.users(admin, shown, request.getRemoteAddr()).stream().map(UserJson::of).toList();
	}

	@GetMapping("/{username}")
	@Operation(summary = "One user by username")
	@ApiResponse(responseCode = "200", description = "The user (never a password or key)")
	@ApiResponse(responseCode = "404", description = "No such user",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	UserJson user(@PathVariable String username, HttpServletRequest request) {
		return UserJson.of(administration.user(administrator(), username, request.getRemoteAddr()));
	}

	@PostMapping
	@Operation(summary = "Create an officer", description = "The officer enrols an authenticator at first sign-in. A session caller sends the CSRF token (header X-CSRF-TOKEN).")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new user")
	@ApiResponse(responseCode = "400", description = "Invalid or malformed request; errors name each field at fault",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The username is taken",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "Request body larger than 1 MB",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<UserJson> create(@Valid @RequestBody NewUserRequest body, HttpServletRequest request) {
		CurrentOfficer admin = administrator();
		NewUser user = body.toNewUser();
		List<String> problems = administration.create(admin, user, request.getRemoteAddr());
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		UserJson created = UserJson.of(administration.user(admin, user.username(), request.getRemoteAddr()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@PostMapping("/{username}/disable")
	@Operation(summary = "Disable a user", description = "Their sessions end at once.")
	@ApiResponse(responseCode = "200", description = "The user, now disabled")
	@ApiResponse(responseCode = "404", description = "No such user",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	UserJson disable(@PathVariable String username, HttpServletRequest request) {
		CurrentOfficer admin = administrator();
		administration.setEnabled(admin, username, false, request.getRemoteAddr());
		return UserJson.of(administration.user(admin, username, request.getRemoteAddr()));
	}

	/** The signed-in administrator, or the administrator of its office a users:manage token acts as. */
	private CurrentOfficer administrator() {
		CurrentOfficer caller = officers.required();
		return caller.isSystem() ? OfficerAdministration.tokenAdministrator(caller) : caller;
	}

	/** The administration's reasons (message keys) as a problem naming each field, in English for programs. */
	private ResponseStatusException invalid(List<String> problems) {
		boolean taken = problems.contains("identity.admin.usernameTaken");
		HttpStatus status = taken && problems.size() == 1 ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		ResponseStatusException exception = new ResponseStatusException(status,
				"The request has invalid fields.");
		exception.setType(status == HttpStatus.CONFLICT ? CONFLICT : VALIDATION);
		exception.getBody().setTitle(status == HttpStatus.CONFLICT ? "Username taken" : "Invalid request");
		exception.getBody()
			.setProperty("errors", problems.stream()
				.map(key -> Map.of("field", field(key), "message", messages.getMessage(key, null, key, Locale.ENGLISH)))
				.toList());
		return exception;
	}

	private static String field(String messageKey) {
		if (messageKey.startsWith("identity.password.")) {
			return "initialPassword";
		}
		if (messageKey.startsWith("identity.admin.username")) {
			return "username";
		}
		return messageKey.startsWith("identity.admin.displayName") ? "displayName" : "roles";
	}

	/** What a provisioning system sends to create an officer. */
	record NewUserRequest(
			@Schema(example = "fra.dupont") @NotBlank @Nullable String username,
			@Schema(example = "Claire Dupont") @NotBlank @Nullable String displayName,
			@Schema(example = "NCB-FRA") @NotBlank @Nullable String officeCode,
			@Schema(example = "[\"NCB_OFFICER\"]") @NotEmpty @Nullable Set<Role> roles,
			@Schema(example = "RESTRICTED") @NotNull @Nullable Clearance clearance,
			@Schema(description = "at least 12 characters, not common, not containing the username")
			@NotBlank @Nullable String initialPassword) {

		/** Called once validated, when no field is null any more. */
		NewUser toNewUser() {
			return new NewUser(required(username).strip().toLowerCase(Locale.ROOT), required(displayName),
					required(officeCode).strip().toUpperCase(Locale.ROOT), EnumSet.copyOf(required(roles)),
					required(clearance), required(initialPassword));
		}

		private static <T> T required(@Nullable T value) {
			if (value == null) {
				throw new IllegalStateException("Validation let a missing field through");
			}
			return value;
		}
	}

	/** A user as the API shows it: no password hash, no second-factor key. */
	record UserJson(String username, String displayName, String officeCode, String officeName, Set<Role> roles,
			Clearance clearance, boolean enabled, boolean locked, boolean secondFactorEnrolled,
			@Nullable Instant lastSignInAt) {

		static UserJson of(UserSummary user) {
			return new UserJson(user.username(), user.displayName(), user.officeCode(), user.officeName(),
					user.roles(), user.clearance(), user.enabled(), user.locked(), user.secondFactorEnrolled(),
					user.lastSignInAt());
		}
	}
}
