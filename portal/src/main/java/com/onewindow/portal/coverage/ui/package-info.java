@NullMarked
package com.onewindow.portal.coverage.ui;

import org.jspecify.annotations.NullMarked;
