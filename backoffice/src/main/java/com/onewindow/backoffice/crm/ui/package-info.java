/** Clients, their cards and owners, callback tasks (C1, C2). */
@NullMarked
package com.onewindow.backoffice.crm.ui;

import org.jspecify.annotations.NullMarked;
