/**
 * Messaging, the secure network: messages from one office to others (NCBs, a region, all members, the General
 * Secretariat), encrypted at rest under a key hierarchy, signed by the sending office, fanned out through the event
 * publication registry, with delivery, read and acknowledgement receipts and escalation of unacknowledged urgent
 * and flash messages to the General Secretariat's Command and Coordination Centre. {@link
 * org.polnet.messaging.MessageDesk} is the module's service; it publishes {@link org.polnet.messaging.MessageSent},
 * {@link org.polnet.messaging.MessageDelivered}, {@link org.polnet.messaging.MessageAcknowledged} and
 * {@link org.polnet.messaging.MessageEscalated}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "database", "hits", "identity",
		"members", "refusals", "searchtext", "web" })
@org.jspecify.annotations.NullMarked
package org.polnet.messaging;
