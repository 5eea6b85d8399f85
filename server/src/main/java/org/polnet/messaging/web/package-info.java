@org.jspecify.annotations.NullMarked
package org.polnet.messaging.web;
