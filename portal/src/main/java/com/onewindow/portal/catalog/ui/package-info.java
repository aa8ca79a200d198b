@NullMarked
package com.onewindow.portal.catalog.ui;

import org.jspecify.annotations.NullMarked;
