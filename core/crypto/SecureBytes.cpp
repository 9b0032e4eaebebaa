// SPDX-License-Identifier: MIT
#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

namespace stardeck::crypto {

void secureWipe(void *data, std::size_t size)
{
    if (data && size)
        OPENSSL_cleanse(data, size);
}

SecureBytes::SecureBytes(std::size_t size) : m_data(size ? new std::uint8_t[size]() : nullptr), m_size(size)
{}

SecureBytes::SecureBytes(const std::uint8_t *data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::SecureBytes(std::span<const std::uint8_t> bytes) : SecureBytes(bytes.data(), bytes.size()) {}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

void SecureBytes::clear()
{
    secureWipe(m_data, m_size);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace stardeck::crypto
