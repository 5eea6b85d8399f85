/** SMV pages, the vehicle border check page, the SMV API and FIND for vehicles. */
@org.jspecify.annotations.NullMarked
package org.polnet.vehicles.web;
