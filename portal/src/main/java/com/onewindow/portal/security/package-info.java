@NullMarked
package com.onewindow.portal.security;

import org.jspecify.annotations.NullMarked;
