@NullMarked
package com.onewindow.portal.company.ui;

import org.jspecify.annotations.NullMarked;
