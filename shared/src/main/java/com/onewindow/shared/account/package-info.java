/** Customer user accounts of the portal (P4). */
@NullMarked
package com.onewindow.shared.account;

import org.jspecify.annotations.NullMarked;
