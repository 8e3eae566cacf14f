#ifndef GWX_CCURL_SHIM_H
#define GWX_CCURL_SHIM_H
#include <curl/curl.h>
#endif
