/**
 * Test harness of the backoffice: the portal in its own process, for tests across both apps; a
 * signed-in browser and a fresh client for the CRM tests.
 */
@NullMarked
package com.onewindow.backoffice.testing;

import org.jspecify.annotations.NullMarked;
