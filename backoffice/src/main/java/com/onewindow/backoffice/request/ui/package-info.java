/** The request detail page: data, timeline, notes and the workflow actions (B2, B4). */
@NullMarked
package com.onewindow.backoffice.request.ui;

import org.jspecify.annotations.NullMarked;
