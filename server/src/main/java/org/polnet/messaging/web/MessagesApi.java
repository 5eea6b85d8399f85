package org.polnet.messaging.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficers;
import org.polnet.messaging.AwaitedAcknowledgement;
import org.polnet.messaging.InboxPage;
import org.polnet.messaging.MessageDesk;
import org.polnet.messaging.MessageView;
import org.polnet.messaging.Receipt;
import org.polnet.messaging.SentMessage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * Messages for programs, such as a national case-management system: its office's messages, sent with scope
 * {@code messages:send} and read with {@code messages:read}. A message the caller may not read answers 404, as if it
 * did not exist.
 */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Messages", description = "The secure network: messages between offices, encrypted at rest, signed by the sending office")
class MessagesApi {

	private static final String SEND = "!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_messages:send')";

	private static final String READ = "!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_messages:read')";

	private final MessageDesk desk;

	private final CurrentOfficers officers;

	MessagesApi(MessageDesk desk, CurrentOfficers officers) {
		this.desk = desk;
		this.officers = officers;
	}

	@PostMapping
	@PreAuthorize(SEND)
	@Operation(summary = "Send a message from the caller's office; answered once it is durably committed",
			description = "With an Idempotency-Key, a retry returns the message the first request created (200); "
					+ "the same key with a different request is refused (409).")
	@ApiResponse(responseCode = "201", description = "Sent")
	@ApiResponse(responseCode = "200", description = "A retry: the message the first request with this Idempotency-Key created")
	@ApiResponse(responseCode = "400", description = "An unknown recipient office, no recipient, active content in the body...")
	@ApiResponse(responseCode = "403", description = "A classification above the caller's clearance")
	@ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for a different message")
	public ResponseEntity<SentMessage> send(
			@Parameter(description = "Makes retries safe: up to 200 printable ASCII characters, unique per office") @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody SendRequest request, HttpServletRequest http) {
		SentMessage sent = desk.send(officers.required(), request.message(), idempotencyKey, http.getRemoteAddr());
		return ResponseEntity.status(sent.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/messages/" + sent.id()))
			.body(sent);
	}

	@GetMapping
	@PreAuthorize(READ)
	@Operation(summary = "The caller's office's received (or sent) messages within the caller's clearance, newest first; audited")
	public InboxPage messages(@ParameterObject @ModelAttribute MessageFilter filter,
			@Parameter(description = "messages per page, 1 to 100") @RequestParam(defaultValue = "50") int size,
			HttpServletRequest http) {
		return desk.inbox(officers.required(), filter.query(), filter.pageNumber(), size, http.getRemoteAddr());
	}

	@GetMapping("/unread")
	@PreAuthorize(READ)
	@Operation(summary = "How many received messages the caller has not opened")
	public Map<String, Long> unread() {
		return Map.of("unread", desk.unread(officers.required()));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READ)
	@Operation(summary = "One message, with its signature check and receipts; records the caller's read receipt; audited")
	public MessageView message(@PathVariable UUID id, HttpServletRequest http) {
		return desk.read(officers.required(), id, http.getRemoteAddr());
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize(SEND)
	@Operation(summary = "Acknowledge a received message for the caller's office (once; again changes nothing)")
	public Receipt acknowledge(@PathVariable UUID id, HttpServletRequest http) {
		return desk.acknowledge(officers.required(), id, http.getRemoteAddr());
	}

	@GetMapping("/awaited-acknowledgements")
	@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
	@Operation(summary = "General Secretariat duty officers: urgent and flash messages awaiting acknowledgement, escalated first (metadata only)")
	public List<AwaitedAcknowledgement> awaited(HttpServletRequest http) {
		return desk.awaitedAcknowledgements(officers.required(), http.getRemoteAddr());
	}
}
