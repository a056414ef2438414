# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/ameli-attestation.ftl). Draft: to be reviewed by a native speaker.

ameli-attestation-title = Assurance Maladie: conseguir su certificado de derechos

ameli-attestation-1-title = Para qué sirve el certificado de derechos
ameli-attestation-1-text =
    El certificado de derechos («attestation de droits») es un papel de la Assurance Maladie.
    Demuestra que la Assurance Maladie (seguro médico) paga sus gastos médicos.
    Un hospital o un empleador pueden pedírselo.
    Es gratis.
    Puede conseguirlo en ameli.fr, el sitio de la Assurance Maladie.
ameli-attestation-1-image = Una hoja con un sello.

ameli-attestation-2-title = Conectarse a su cuenta ameli
ameli-attestation-2-text =
    Entre en el sitio ameli.fr o abra la aplicación ameli.
    Toque el botón para conectarse a su cuenta ameli.
    Escriba su número de la seguridad social y su contraseña.
    De las 15 cifras de su carte Vitale (tarjeta sanitaria), escriba las 13 primeras.
    También puede tocar el botón «S'identifier avec FranceConnect» (identificarse con FranceConnect).
ameli-attestation-2-image = Una flecha entra por una puerta.
ameli-attestation-2-tip = Guarde su contraseña para usted.

ameli-attestation-3-title = Escribir el código de seguridad
ameli-attestation-3-text =
    Después, el sitio puede pedirle un código de seguridad.
    Es un código secreto de 6 cifras.
    Siga lo que dice la pantalla para recibirlo.
    Escriba este código en la casilla y luego confirme.
ameli-attestation-3-image = Una llave.
ameli-attestation-3-caution =
    Guarde este código para usted.
    La Assurance Maladie nunca pide sus códigos por teléfono ni por correo electrónico.

ameli-attestation-4-title = Encontrar «Attestation de droits»
ameli-attestation-4-text =
    En su cuenta, busque «Attestation de droits» (certificado de derechos).
    Está en «Mes démarches» (mis trámites).
    Toque «Attestation de droits».
ameli-attestation-4-image =
    Una página de su cuenta ameli.
    El botón «Attestation de droits» está rodeado con un círculo.

ameli-attestation-5-title = Elegir a la persona
ameli-attestation-5-text =
    Elija a la persona que necesita el certificado.
    Es usted, o un hijo inscrito en su cuenta.
    Toque su nombre.
ameli-attestation-5-image = Dos personas.

ameli-attestation-6-title = Descargar el certificado
ameli-attestation-6-text =
    Toque el botón para pedir el certificado.
    Después, descárguelo.
    Descargar quiere decir guardar una copia en su teléfono o en su computadora.
ameli-attestation-6-image = Una flecha hacia abajo.

ameli-attestation-7-title = Imprimir o enseñar el certificado
ameli-attestation-7-text =
    Puede imprimir el certificado en una hoja.
    También puede enseñarlo en la pantalla de su teléfono.
    O envíelo por correo electrónico, como archivo adjunto.
ameli-attestation-7-image = Una impresora.
ameli-attestation-7-tip = Una máquina de la Assurance Maladie también puede imprimir su certificado.

ameli-attestation-8-title = ¡Muy bien!
ameli-attestation-8-text =
    Ya tiene su certificado de derechos.
    Recuerde: conectarse, el código, «Attestation de droits», descargar.
    Puede pedir uno nuevo en cualquier momento.
    Sin internet, hay otras formas, por teléfono o en persona.
ameli-attestation-8-image = Una mano con el pulgar hacia arriba.
ameli-attestation-8-caution =
    El certificado es gratis.
    Un sitio que le hace pagar por él es una estafa.

ameli-attestation-road-phone =
    Por teléfono, llame a la Assurance Maladie al 3646.
    Pida su certificado.
    Le llega a su casa por correo postal.
    La llamada cuesta lo mismo que una llamada normal.
ameli-attestation-road-in-person =
    En persona, vaya a una oficina de la Assurance Maladie o a France Services.
    En la oficina de la Assurance Maladie, una máquina puede imprimir su certificado.
