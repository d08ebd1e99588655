// Debian's libqrcodegen-dev (Project Nayuki's QR Code generator, C version), for the check-in
// QR codes (R5.6). qrcodegen_BUFFER_LEN_MAX is a macro Swift cannot import: exposed here.
#include <qrcodegen/qrcodegen.h>

static const int huiwu_qrcodegen_buffer_len_max = qrcodegen_BUFFER_LEN_MAX;
