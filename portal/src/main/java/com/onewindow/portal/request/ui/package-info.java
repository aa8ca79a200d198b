@NullMarked
package com.onewindow.portal.request.ui;

import org.jspecify.annotations.NullMarked;
